# Tests of tidemark_core.
