"""A throwaway tool, installed only by tests, to show that the framework finds any tool app."""
