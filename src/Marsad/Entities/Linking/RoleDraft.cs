using Marsad.Entities.Gazetteer;

namespace Marsad.Entities.Linking;

/// <summary>A role phrase the gazetteer pass reserved, with its state; <see cref="Draft"/> once a role pass resolved it to a person.</summary>
internal sealed class RoleDraft
{
    public int First;
    public int End;
    public int Stripped;

    /// <summary>The stripped letters end in ل before the article written ل alone (للوزير): see <see cref="ScanState.NameText"/>.</summary>
    public bool FusedArticle;
    public required RolePhrase Phrase;
    public KnownEntity? State;
    public bool LoadedSpec;
    public bool Former;
    public MentionDraft? Draft;
}
