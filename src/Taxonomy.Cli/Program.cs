Taxonomy.Cli.StartupProfile.Start();
return Taxonomy.Cli.CliApplication.Run(args, Console.Out, Console.Error);
