"""Procurement agent service."""
