.class public Lcom/example/shade/MainActivity;
.super Landroid/app/Activity;
.source "SourceFile"
.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method
.method public onResume()V
    .registers 2
    invoke-super {p0}, Landroid/app/Activity;->onResume()V
    invoke-static {p0}, Lcom/umeng/analytics/MobclickAgent;->onResume(Landroid/content/Context;)V
    new-instance v0, La/e/a;
    invoke-direct {v0, p0}, La/e/a;-><init>(Landroid/content/Context;)V
    invoke-virtual {v0}, La/e/a;->a()V
    new-instance v0, La/f/a;
    invoke-direct {v0, p0}, La/f/a;-><init>(Landroid/content/Context;)V
    invoke-virtual {v0}, La/f/a;->a()V
    return-void
.end method
.method public onPause()V
    .registers 1
    invoke-super {p0}, Landroid/app/Activity;->onPause()V
    invoke-static {p0}, Lcom/umeng/analytics/MobclickAgent;->onPause(Landroid/content/Context;)V
    return-void
.end method
