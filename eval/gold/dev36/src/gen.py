import sys, os
sys.path.insert(0, os.path.dirname(__file__))
import common
import items_lookup, items_breakdown, items_computation, items_bva, items_yoy, items_cross, items_variance, items_text, items_multi, items_nf, items_rob
out = os.path.join(os.path.dirname(__file__), "..")
common.write(out)
for k, v in common.ITEMS.items():
    print(k, len(v))
