.class public Lcom/tencent/tinker/entry/DefaultApplicationLike;
.super Ljava/lang/Object;
.method public constructor <init>(Landroid/app/Application;IZJJLandroid/content/Intent;)V
    .registers 10
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method
.method public getApplication()Landroid/app/Application;
    .registers 2
    const/4 v0, 0x0
    return-object v0
.end method
.method public onCreate()V
    .registers 1
    return-void
.end method
.method public onBaseContextAttached(Landroid/content/Context;)V
    .registers 2
    return-void
.end method
