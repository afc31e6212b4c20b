"""Ingest: raw news articles → annotated Markdown in ``content/``.

A pipeline of its own, separate from the build (which never imports it):

    read → clean → extract (entities, quotes) → dates/events → merge (write files)

``pipeline.ingest_command`` is the entry point the CLI calls.
"""
