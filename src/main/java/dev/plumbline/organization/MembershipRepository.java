package dev.plumbline.organization;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface MembershipRepository extends ListCrudRepository<Membership, UUID> {

	Optional<Membership> findByOrganizationIdAndAccountId(UUID organizationId, UUID accountId);

	Optional<Membership> findByIdAndOrganizationId(UUID id, UUID organizationId);

	List<Membership> findByOrganizationId(UUID organizationId);

	long countByOrganizationIdAndRole(UUID organizationId, Role role);

}
