// How much Wasm memory one evaluation gets, reserved when the instance is
// created. The OPA Wasm allocator takes the memory size it finds at its
// first allocation as its heap top and from then on grows the memory a page
// or so at a time (open-policy-agent/opa wasm/src/malloc.c,
// __opa_malloc_new_allocation); memory grown from JavaScript afterwards is
// not seen. In V8 each of those grows is costly (a new ArrayBuffer and
// garbage-collector work), more so as the heap grows: a 5,000-node spec with
// a warning for every node took 0.7 s growing from the SDK's default 5 pages
// and 0.28 s in memory reserved up front. Pages reserved but never touched
// cost address space, not RAM; but V8 counts all of it as external memory,
// which brings its first full garbage collection forward: with 16 MiB, `check`
// on veil.spec.yaml ran a ~9 ms mark-compact it now does not (README,
// "Benchmark"). So a small spec gets a few MiB, a large one what it needs.

export const WASM_PAGE_BYTES = 65536;

/**
 * Heap per byte of input JSON, with headroom. Measured with opa-wasm 1.10 on
 * the policy input of compiler/policy/input.ts (each host and node once, DNS
 * records as fqdn and address): ~20 for a clean 5,000-node spec with LAN
 * records, ~77 at 5,000 and 17,400 nodes with a warning for every node (the
 * findings weigh more against the slimmer input than the ~50 measured on the
 * model's whole facts). Too little is only slower (the allocator grows the
 * rest), too much only address space.
 */
export const HEAP_PER_INPUT_BYTE = 128;

/**
 * Heap per byte of input JSON of the secret detectors alone (entrypoint
 * veil/redactions, input {texts}), with headroom: ~18 measured on the texts
 * of the reports at 5,000 and 17,400 nodes with a warning for every node
 * (1.2 and 4.4 MB). Sized apart from the rules' evaluation because the report
 * runs them right after it, on the same instance: an instance replaced for
 * them costs fresh memory the Wasm touches again (~4 ms per MiB), while the
 * findings' instance, whose pages are touched already, usually has room.
 */
export const HEAP_PER_TEXT_BYTE = 32;

/** Besides the input's share: the module's static data and the policy's data document (~0.2 MiB today). */
export const BASE_BYTES = 2 ** 20;

/** The first instance's memory (4 MiB): specs up to ~24 KB of input (~90 nodes with their LAN records, ~240 without) need no second one. */
export const MIN_PAGES = 64;

/** wasm32 addresses at most 4 GiB; past half of it, let the allocator grow on demand. */
export const MAX_PAGES = 32768;

/**
 * Pages an instance needs to evaluate `inputBytes` of input JSON without
 * growing its memory, at `heapPerByte` bytes of heap per input byte
 * (HEAP_PER_INPUT_BYTE for the rules, HEAP_PER_TEXT_BYTE for the detectors).
 */
export function pagesFor(inputBytes: number, heapPerByte: number = HEAP_PER_INPUT_BYTE): number {
  const pages = Math.ceil((BASE_BYTES + inputBytes * (1 + heapPerByte)) / WASM_PAGE_BYTES);
  return Math.min(MAX_PAGES, Math.max(MIN_PAGES, pages));
}
