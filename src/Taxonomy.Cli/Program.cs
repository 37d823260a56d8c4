Taxonomy.Cli.StartupProfile.Start(args);
return Taxonomy.Cli.CliApplication.Run(args, Console.Out, Console.Error);
