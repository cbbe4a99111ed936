"""The routing view on a client: needs, ranked and explained services, and "Refer"."""
