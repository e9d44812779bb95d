"""HTTP API: `service.api.app.create_app()`."""
