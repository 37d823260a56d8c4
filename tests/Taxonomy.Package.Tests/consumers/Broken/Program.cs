// The schema beside this program is broken on purpose: the build must stop with the generator's TAX diagnostic.
System.Console.WriteLine("unreachable: this consumer must not build");
