.class public final Lcom/example/paperlens/model/Scan;
.super Ljava/lang/Object;
.source "Scan.kt"


# instance fields
.field private latitude:D

.field private longitude:D


# direct methods
.method public constructor <init>()V
    .registers 1

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method


# virtual methods
.method public final setGeoTag(DD)V
    .registers 5

    iput-wide p1, p0, Lcom/example/paperlens/model/Scan;->latitude:D

    iput-wide p3, p0, Lcom/example/paperlens/model/Scan;->longitude:D

    return-void
.end method
