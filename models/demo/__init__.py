"""Deterministic, realistic demo data for training databases, tests and benchmarks."""

from models.demo.seeder import SeedReport, seed_demo

__all__ = ["SeedReport", "seed_demo"]
