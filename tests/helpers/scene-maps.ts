/** The county maps in a map figure's scene, for tests that check what a map draws. */
import type { Scene } from '../../src/lib/figures/scene';
import type { MapModel } from '../../src/lib/map/model';

/** The county map of each panel (its one drawing, which CountyMap draws from `props.map`), in panel order. */
export function sceneMaps(scene: Pick<Scene, 'panels'>): MapModel[] {
  return scene.panels.map((panel) => {
    const map = panel.drawings[0]?.props.map;
    if (map === undefined) throw new Error('test helper: a panel without a county map (is this a map figure?)');
    return map as MapModel;
  });
}
