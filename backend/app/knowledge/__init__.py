"""The knowledge base: documents, their chunks, and the hybrid search the coach cites.

- `documents`: the Markdown files and how they are cut into chunks;
- `indexer`: keeping the `knowledge_chunks` table in step with the files (`sync_knowledge`);
- `search`: `search.search(db, query, k, sport)` → `list[search.Passage]`;
- `fulltext`, `embedding`, `vectors`: the lexical and dense rankers underneath;
- `python -m app.knowledge index`: re-index from the command line.

Nothing here knows about HTTP, and importing the package loads no model.
"""
