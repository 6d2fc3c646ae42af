package dev.plumbline.organization;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface OrganizationRepository extends ListCrudRepository<Organization, UUID> {

	Optional<Organization> findBySlug(String slug);

	boolean existsBySlug(String slug);

}
