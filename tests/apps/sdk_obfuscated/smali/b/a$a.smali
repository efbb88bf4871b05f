.class final Lb/a$a;
.super Ljava/lang/Object;
.source "SourceFile"
.implements La/b/a$a;
.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method
.method public a()V
    .registers 1
    return-void
.end method
.method public a(Z)V
    .registers 2
    return-void
.end method
