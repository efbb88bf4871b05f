.class public Lcom/example/zoo/share/SceneRouter;
.super Ljava/lang/Object;
.source "SceneRouter.java"
.implements Lcom/mob/moblink/RestoreSceneListener;
.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method
.method public willRestoreScene(Lcom/mob/moblink/Scene;)Ljava/lang/Class;
    .registers 3
    const-class v0, Lcom/example/zoo/poi/PoiMapActivity;
    return-object v0
.end method
