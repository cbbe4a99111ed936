"""Client intake use cases: plain functions over a `VaultSession`, no Qt."""
