from samples.build.make import main

raise SystemExit(main())
