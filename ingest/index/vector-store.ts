import hnswlib from "hnswlib-node";

const { HierarchicalNSW } = hnswlib;
type Hnsw = InstanceType<typeof HierarchicalNSW>;

/**
 * A small vector store over hnswlib-node (cosine space). Labels are chunk positions in
 * chunks.jsonl, so metadata filtering happens on our side through hnswlib's filter callback.
 */
export class VectorStore {
  private constructor(private readonly index: Hnsw) {}

  static build(vectors: number[][], dimensions: number): VectorStore {
    const index = new HierarchicalNSW("cosine", dimensions);
    index.initIndex(Math.max(1, vectors.length), 16, 200, 100);
    vectors.forEach((v, i) => index.addPoint(v, i));
    index.setEf(Math.min(200, Math.max(50, vectors.length)));
    return new VectorStore(index);
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

  get size(): number {
    return this.index.getCurrentCount();
  }

  search(
    vector: number[],
    k: number,
    allow?: (label: number) => boolean,
  ): { label: number; score: number }[] {
    const n = Math.min(k, this.size);
    if (n === 0) return [];
    const result = allow ? this.index.searchKnn(vector, n, allow) : this.index.searchKnn(vector, n);
    // Cosine distance → similarity.
    return result.neighbors.map((label, i) => ({ label, score: 1 - result.distances[i] }));
  }
}
