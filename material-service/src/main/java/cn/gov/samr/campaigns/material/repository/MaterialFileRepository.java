package cn.gov.samr.campaigns.material.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.samr.campaigns.material.domain.MaterialFile;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class MaterialFileRepository implements PanacheRepositoryBase<MaterialFile, MaterialFile.Key> {

    public Optional<MaterialFile> find(UUID materialId, int version) {
        return findByIdOptional(new MaterialFile.Key(materialId, version));
    }

    public List<MaterialFile> versions(UUID materialId) {
        return find("materialId = ?1 order by version", materialId).list();
    }

    /** The next version number; the caller holds the material's lock, so two uploads cannot take the same. */
    public int nextVersion(UUID materialId) {
        Integer last = getEntityManager().createQuery(
                "select max(f.version) from MaterialFile f where f.materialId = ?1", Integer.class)
                .setParameter(1, materialId).getSingleResult();
        return last == null ? 1 : last + 1;
    }
}
