"""The anti-rumours toolkit: a city's anti-rumour strategy, from diagnosis to evaluation."""
