using Marsad.Cli;

return CliHost.Run(MarsadCommandLine.Create(), args);
