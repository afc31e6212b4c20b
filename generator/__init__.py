"""briefing: a static site generator for annotated briefings.

The build is a pipeline of small stages, each a module of its own:

    load → annotate → link → render → write      (orchestrated by build.py)

``ingest`` is a separate pipeline that turns raw articles into ``content/``;
the build never imports it and it never imports the build.
"""

__version__ = "0.1.0"
