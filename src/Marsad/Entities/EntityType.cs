namespace Marsad.Entities;

/// <summary>
/// What an entity is. States are <see cref="GPE"/>; cities, regions, seas and other places are <see cref="LOC"/>.
/// Named in the CoNLL/ACE style the JSON contract uses.
/// </summary>
public enum EntityType
{
    PER,
    ORG,
    LOC,
    GPE,
    MISC,
}
