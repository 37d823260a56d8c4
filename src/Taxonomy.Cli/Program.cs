return Taxonomy.Cli.CliApplication.Run(args, Console.Out, Console.Error);
