package org.mlopsconsole.assessment.roles;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A roles × activities grid with the people who hold the roles. Each cell holds a set of
 * {@link Responsibility} letters, empty when the role has no part in the activity. The RACI is
 * about one engagement's models, so "the same models" in the separation-of-duties check means any
 * two activities of one RACI.
 *
 * @param grid activity id → role id → letters; cells left out are empty
 */
public record Raci(
        String name,
        List<Role> roles,
        List<Activity> activities,
        List<Person> people,
        Map<String, Map<String, Set<Responsibility>>> grid) {

    /**
     * @throws IllegalArgumentException when a cell or a person names a role or activity that is
     *     not in the RACI, or ids repeat (files are checked with located errors before this)
     */
    public Raci {
        roles = List.copyOf(roles);
        activities = List.copyOf(activities);
        people = List.copyOf(people);
        grid = copy(grid);
        check(roles, activities, people, grid);
    }

    /** The letters of one cell, empty when the role has no part in the activity. */
    public Set<Responsibility> cell(String activityId, String roleId) {
        return grid.getOrDefault(activityId, Map.of()).getOrDefault(roleId, Set.of());
    }

    /** This RACI with one cell set to {@code letters} (empty clears it). */
    public Raci withCell(String activityId, String roleId, Set<Responsibility> letters) {
        Map<String, Map<String, Set<Responsibility>>> changed = new LinkedHashMap<>();
        grid.forEach((activity, row) -> changed.put(activity, new LinkedHashMap<>(row)));
        changed.computeIfAbsent(activityId, id -> new LinkedHashMap<>()).put(roleId, letters);
        return new Raci(name, roles, activities, people, changed);
    }

    /** This RACI with other people. */
    public Raci withPeople(List<Person> newPeople) {
        return new Raci(name, roles, activities, newPeople, grid);
    }

    /** The roles holding {@code letter} on the activity, in the RACI's role order. */
    public List<Role> rolesWith(String activityId, Responsibility letter) {
        return roles.stream()
                .filter(role -> cell(activityId, role.id()).contains(letter))
                .toList();
    }

    /** The activities on which the role holds {@code letter}, in the RACI's activity order. */
    public List<Activity> activitiesWhere(String roleId, Responsibility letter) {
        return activities.stream()
                .filter(activity -> cell(activity.id(), roleId).contains(letter))
                .toList();
    }

    public List<Person> peopleIn(String roleId) {
        return people.stream().filter(person -> person.roles().contains(roleId)).toList();
    }

    public Optional<Role> role(String id) {
        return roles.stream().filter(role -> role.id().equals(id)).findFirst();
    }

    public Optional<Activity> activity(String id) {
        return activities.stream().filter(activity -> activity.id().equals(id)).findFirst();
    }

    private static Map<String, Map<String, Set<Responsibility>>> copy(
            Map<String, Map<String, Set<Responsibility>>> grid) {
        Map<String, Map<String, Set<Responsibility>>> rows = new LinkedHashMap<>();
        grid.forEach((activity, row) -> {
            Map<String, Set<Responsibility>> cells = new LinkedHashMap<>();
            row.forEach((role, letters) -> {
                if (!letters.isEmpty()) {
                    cells.put(role, Collections.unmodifiableSet(EnumSet.copyOf(letters)));
                }
            });
            rows.put(activity, Collections.unmodifiableMap(cells));
        });
        return Collections.unmodifiableMap(rows);
    }

    private static void check(
            List<Role> roles,
            List<Activity> activities,
            List<Person> people,
            Map<String, Map<String, Set<Responsibility>>> grid) {
        Set<String> roleIds = ids(roles.stream().map(Role::id).toList(), "role");
        Set<String> activityIds = ids(activities.stream().map(Activity::id).toList(), "activity");
        ids(people.stream().map(Person::id).toList(), "person");
        grid.forEach((activity, row) -> {
            require(activityIds.contains(activity), "the grid names activity \"" + activity + "\" not in the RACI");
            row.keySet()
                    .forEach(role ->
                            require(roleIds.contains(role), "the grid names role \"" + role + "\" not in the RACI"));
        });
        people.forEach(person -> person.roles()
                .forEach(role -> require(
                        roleIds.contains(role),
                        "person \"" + person.id() + "\" holds role \"" + role + "\" not in the RACI")));
    }

    private static Set<String> ids(List<String> ids, String what) {
        Set<String> unique = new java.util.HashSet<>();
        ids.forEach(id -> require(unique.add(id), "duplicate " + what + " id \"" + id + "\""));
        return unique;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
