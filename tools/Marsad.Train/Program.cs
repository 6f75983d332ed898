using Marsad.Train;

// Training and evaluation of Marsad's statistical models, run from the repository root:
//   dotnet run -c Release --project tools/Marsad.Train -- train-ner [--train PATH] [--out PATH] [--epochs N]
//   dotnet run -c Release --project tools/Marsad.Train -- eval-ner [--test PATH] [--model PATH] [--clusters PATH] [--half even|odd] [--loss-examples CAUSE] [--sentence-articles 0]
//   dotnet run -c Release --project tools/Marsad.Train -- build-clusters [--corpus PATH] [--out PATH]
//   dotnet run -c Release --project tools/Marsad.Train -- eval-quotes [--set team|snn|both] [--file eval/quotes.jsonl] [--verbose yes] [--dump FILE]
//   dotnet run -c Release --project tools/Marsad.Train -- sample-quotes [--articles 10000] [--count 50] [--seed 7]
//   dotnet run -c Release --project tools/Marsad.Train -- eval-events [--set team|snn] [--half even|odd|all] [--misses N] [--dump PATH]
//   dotnet run -c Release --project tools/Marsad.Train -- event-rates [--articles 10000]
//   dotnet run -c Release --project tools/Marsad.Train -- sample-events [--articles 10000] [--count 100] [--seed 7] [--show-articles ID,ID…]
//   dotnet run -c Release --project tools/Marsad.Train -- eval-clusters [--scope dev|window] [--labels eval/clusters.jsonl] [--fit A|B|dev|team|none] [--l2 0.01] [--data DIR] [--errors A|B|all] [--story-errors A|B|all] [--story-threshold 0.7] [--story-cohesion X] [--story-cohesions M:K[:H[:J[:P[:G]]]],...] [--story-hubs H] [--story-hub-join J] [--story-thread-profile P] [--story-thread-join G] [--story-merge T:K:S] [--story-merges T:K:S,...] [--thresholds 0.7,0.9] [--story-thresholds 0.5,0.8]
return args.FirstOrDefault() switch
{
    "train-ner" => NerCommands.Train(Options.Parse(args[1..])),
    "eval-ner" => NerCommands.Evaluate(Options.Parse(args[1..])),
    "build-clusters" => ClusterCommands.Build(Options.Parse(args[1..])),
    "eval-quotes" => QuoteCommands.Evaluate(Options.Parse(args[1..])),
    "sample-quotes" => QuoteCommands.Sample(Options.Parse(args[1..])),
    "eval-events" => EventEvaluation.Run(Options.Parse(args[1..])),
    "event-rates" => EventSampling.Rates(Options.Parse(args[1..])),
    "sample-events" => EventSampling.Sample(Options.Parse(args[1..])),
    "eval-clusters" => StoryCommands.EvaluateClusters(Options.Parse(args[1..])),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Marsad.Train train-ner [--train PATH] [--out PATH] [--epochs N]");
    Console.Error.WriteLine("       Marsad.Train eval-ner [--test PATH] [--model PATH] [--clusters PATH] [--half even|odd] [--loss-examples CAUSE] [--sentence-articles 0]");
    Console.Error.WriteLine("       Marsad.Train eval-events [--set team|snn] [--half even|odd|all] [--misses N] [--dump PATH]");
    Console.Error.WriteLine("       Marsad.Train event-rates [--corpus PATH] [--articles 10000]");
    Console.Error.WriteLine("       Marsad.Train sample-events [--corpus PATH] [--articles 10000] [--count 100] [--seed 7] [--show-articles ID,ID…]");
    Console.Error.WriteLine("       Marsad.Train build-clusters [--corpus PATH] [--out PATH] [--words N] [--levels 64,256,1024] [--extra K,K…] [--dense 128,512] [--dense-window 3] [--dense-dims 64] [--dense-min-count 5]");
    Console.Error.WriteLine("       Marsad.Train eval-quotes [--set team|snn|both] [--file eval/quotes.jsonl] [--shared ../shared] [--verbose yes] [--dump FILE]");
    Console.Error.WriteLine("       Marsad.Train sample-quotes [--corpus PATH] [--articles 10000] [--count 50] [--seed 7]");
    Console.Error.WriteLine("       Marsad.Train eval-clusters [--corpus PATH] [--gold PATH] [--labels PATH] [--scope dev|window] [--fit A|B|dev|team|none] [--l2 0.01] [--data DIR] [--errors A|B|all] [--story-errors A|B|all] [--story-threshold 0.7] [--story-cohesion X] [--story-cohesions M:K[:H[:J[:P[:G]]]],...] [--story-hubs H] [--story-hub-join J] [--story-thread-profile P] [--story-thread-join G] [--story-merge T:K:S] [--story-merges T:K:S,...] [--thresholds 0.7,...] [--story-thresholds 0.5,...]");
    return 2;
}
