using Marsad.Entities.Gazetteer;

namespace Marsad.Entities.Linking;

/// <summary>A role phrase the gazetteer pass reserved, with its state; <see cref="Draft"/> once a role pass resolved it to a person.</summary>
internal sealed class RoleDraft
{
    public int First;
    public int End;
    public int Stripped;
    public required RolePhrase Phrase;
    public KnownEntity? State;
    public bool LoadedSpec;
    public bool Former;
    public MentionDraft? Draft;
}
