"""ecoreg's benchmarks: ``python -m benchmarks [name ...]`` (``make bench``).

Each benchmark prints its throughput and the ratio of its time to a baseline
measured in the same run on the same inputs, so figures from different
machines can be compared by their ratios.
"""
