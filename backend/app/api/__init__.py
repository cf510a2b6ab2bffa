"""HTTP only: routers, request and response schemas, and the dependencies they share."""
