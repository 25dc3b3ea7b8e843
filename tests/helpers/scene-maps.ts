/** The county maps in a map figure's scene, for tests that check what a map draws. */
import type { Scene } from '../../src/lib/figures/scene';
import type { MapModel } from '../../src/lib/map/model';

const mapOf = (props: Record<string, unknown> | undefined): MapModel => {
  if (props?.map === undefined) throw new Error('test helper: a panel without a county map (is this a map figure?)');
  return props.map as MapModel;
};

/** The county map of each panel (its narrow drawing, the last, which CountyMap draws from `props.map`), in panel order. */
export function sceneMaps(scene: Pick<Scene, 'panels'>): MapModel[] {
  return scene.panels.map((panel) => mapOf(panel.drawings.at(-1)?.props));
}

/** Every county map of every panel: a single map's wide drawing as well as its narrow one. */
export function sceneDrawnMaps(scene: Pick<Scene, 'panels'>): MapModel[] {
  return scene.panels.flatMap((panel) => panel.drawings.map((drawing) => mapOf(drawing.props)));
}
