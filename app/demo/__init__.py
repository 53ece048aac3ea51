"""A demo workspace: a synthetic population part-way through a review campaign."""

from app.demo.fill import DemoOptions, fill_demo

__all__ = ["DemoOptions", "fill_demo"]
