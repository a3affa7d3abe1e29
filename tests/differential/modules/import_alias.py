import _helper as h
import _config_mod as cfg
print(h.add(1, 1), cfg.LIMIT, cfg.over_limit(11), cfg.over_limit(3))
cfg.LIMIT = 2
print(cfg.over_limit(3))
from _config_mod import LIMIT
print(LIMIT)
