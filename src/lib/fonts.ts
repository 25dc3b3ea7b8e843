/**
 * The font files the build uses: Noto Sans SC (OFL-1.1, from @expo-google-fonts/noto-sans-sc),
 * regular and bold. The PNG downloads are drawn with them (src/lib/download/png.ts) and chart
 * text is measured with them (src/lib/text.ts), so both read the same TrueType files.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Paths of the two Noto Sans SC weights: 400 (text) and 700 (headlines, values, bold labels). */
export const NOTO_SANS_SC_FILES = {
  regular: require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf'),
} as const;
