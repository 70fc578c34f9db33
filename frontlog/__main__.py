from frontlog.cli import main

# Guarded: parsing processes and Dask workers are spawned, and re-import this module.
if __name__ == "__main__":
    main()
