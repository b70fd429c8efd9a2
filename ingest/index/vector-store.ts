import hnswlib from "hnswlib-node";

const { HierarchicalNSW } = hnswlib;
type Hnsw = InstanceType<typeof HierarchicalNSW>;

/**
 * A small vector store over hnswlib-node (cosine space): one segment file of the index. Labels
 * are the chunks' row ids in the store, which filters and drops deleted chunks after the search.
 */
export class VectorStore {
  private constructor(private readonly index: Hnsw) {}

  /** An empty store that grows as vectors are added. */
  static create(dimensions: number, capacity = 1024): VectorStore {
    const index = new HierarchicalNSW("cosine", dimensions);
    index.initIndex(Math.max(1, capacity), 12, 64, 100);
    return new VectorStore(index);
  }

  /** A typed vector (kept compact while it waits for its segment) is copied into the array hnswlib takes. */
  add(vector: number[] | Float32Array, label: number): void {
    const max = this.index.getMaxElements();
    if (this.index.getCurrentCount() >= max) this.index.resizeIndex(max * 2);
    this.index.addPoint(Array.isArray(vector) ? vector : Array.from(vector), label);
  }

  /** Search breadth scales with the index, within bounds. */
  finish(): void {
    this.index.setEf(Math.min(200, Math.max(50, this.index.getCurrentCount())));
  }

  static read(file: string, dimensions: number): VectorStore {
    const index = new HierarchicalNSW("cosine", dimensions);
    index.readIndexSync(file);
    index.setEf(Math.min(200, Math.max(50, index.getCurrentCount())));
    return new VectorStore(index);
  }

  write(file: string): void {
    this.index.writeIndexSync(file);
  }

  get dimensions(): number {
    return this.index.getNumDimensions();
  }

  get size(): number {
    return this.index.getCurrentCount();
  }

  search(vector: number[], k: number): { label: number; score: number }[] {
    const n = Math.min(k, this.size);
    if (n === 0) return [];
    const result = this.index.searchKnn(vector, n);
    // Cosine distance → similarity.
    return result.neighbors.map((label, i) => ({ label, score: 1 - result.distances[i] }));
  }
}
