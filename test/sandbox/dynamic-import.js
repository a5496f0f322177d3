// dynamic import is rejected before running.
import("fs"); // expect error: dynamic `import()` is not supported
