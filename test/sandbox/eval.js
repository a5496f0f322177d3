// eval is rejected before running.
eval("1 + 1"); // expect error: `eval` is not supported
