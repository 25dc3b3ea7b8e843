export const MAP_KINDS: string[] = ['tier-map','compare-map','cluster-map','facility-map','national-cluster-map','locator-map'];
