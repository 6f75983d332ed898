using Marsad.Train;

// Training and evaluation of Marsad's statistical models, run from the repository root:
//   dotnet run -c Release --project tools/Marsad.Train -- train-ner [--train PATH] [--out PATH] [--epochs N]
//   dotnet run -c Release --project tools/Marsad.Train -- eval-ner [--test PATH] [--model PATH]
//   dotnet run -c Release --project tools/Marsad.Train -- build-clusters [--corpus PATH] [--out PATH]
//   dotnet run -c Release --project tools/Marsad.Train -- eval-clusters [--scope dev|window] [--thresholds 0.3,0.34] [--story-thresholds 0.2,0.3]
return args.FirstOrDefault() switch
{
    "train-ner" => NerCommands.Train(Options.Parse(args[1..])),
    "eval-ner" => NerCommands.Evaluate(Options.Parse(args[1..])),
    "build-clusters" => ClusterCommands.Build(Options.Parse(args[1..])),
    "eval-clusters" => StoryCommands.EvaluateClusters(Options.Parse(args[1..])),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Marsad.Train train-ner [--train PATH] [--out PATH] [--epochs N]");
    Console.Error.WriteLine("       Marsad.Train eval-ner [--test PATH] [--model PATH]");
    Console.Error.WriteLine("       Marsad.Train build-clusters [--corpus PATH] [--out PATH] [--words N] [--levels 64,256,1024]");
    Console.Error.WriteLine("       Marsad.Train eval-clusters [--corpus PATH] [--gold PATH] [--scope dev|window] [--thresholds 0.3,0.34,...] [--story-thresholds 0.2,...]");
    return 2;
}
