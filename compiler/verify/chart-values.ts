// Helm's merge of user values over a chart's defaults (helm.sh/helm/v3
// pkg/chartutil coalesce.go, CoalesceValues): maps merge key by key, any
// other user value (a list, a scalar) replaces the chart's, and a user `null`
// deletes the chart's key. This is why a compiled receivers list replaces the
// chart's "null" receiver instead of adding to it.

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const isMap = (v: unknown): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `user` coalesced over `defaults`, as Helm renders `.Values`; neither input is modified. */
export function coalesceValues(user: unknown, defaults: unknown): Json {
  if (!isMap(user) || !isMap(defaults)) return (user === undefined ? defaults : user) as Json;
  const out: Record<string, Json> = {};
  for (const [k, d] of Object.entries(defaults)) {
    if (!(k in user)) out[k] = structuredClone(d);
  }
  for (const [k, u] of Object.entries(user)) {
    if (u === null) continue;
    out[k] = k in defaults ? coalesceValues(u, defaults[k]) : structuredClone(u);
  }
  return out;
}
