"""When the app began to start (imported first, like posting's ``_start_time``).

``run_app`` imports this module before anything heavy, so the app can tell how
long it took for the first screen to appear.
"""

import time

START_TIME = time.perf_counter()
