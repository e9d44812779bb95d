"""pa-review service: the review pipeline and everything that calls it (CLI, HTTP API, web page).

`service.pipeline.review()` is the one use case; the CLI, the API and the batch runner all call it.
"""
