from frontlog.cli import main

main()
