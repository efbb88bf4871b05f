.class public Lcom/tencent/tinker/lib/tinker/TinkerInstaller;
.super Ljava/lang/Object;
.method public static install(Lcom/tencent/tinker/entry/ApplicationLike;)Lcom/tencent/tinker/lib/tinker/Tinker;
    .registers 2
    const/4 v0, 0x0
    return-object v0
.end method
