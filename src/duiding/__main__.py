from duiding.cli import main

main()
