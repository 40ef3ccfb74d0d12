"""The places stage: embedded gazetteer, toponym recognition and resolution, crossings and roads."""

from passage.stages.places.registry import RegistryError, load_registry, registry
from passage.stages.places.resolver import Candidate, lookup
from passage.stages.places.stage import annotate

__all__ = ["Candidate", "RegistryError", "annotate", "load_registry", "lookup", "registry"]
