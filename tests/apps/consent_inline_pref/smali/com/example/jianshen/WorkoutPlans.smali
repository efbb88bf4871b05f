.class public final Lcom/example/jianshen/WorkoutPlans;
.super Ljava/lang/Object;
.source "WorkoutPlans.java"


# static fields
.field private static final sPlans:Ljava/util/ArrayList;
    .annotation system Ldalvik/annotation/Signature;
        value = {
            "Ljava/util/ArrayList<",
            "Ljava/lang/String;",
            ">;"
        }
    .end annotation
.end field


# direct methods
.method static constructor <clinit>()V
    .registers 1

    new-instance v0, Ljava/util/ArrayList;

    invoke-direct {v0}, Ljava/util/ArrayList;-><init>()V

    sput-object v0, Lcom/example/jianshen/WorkoutPlans;->sPlans:Ljava/util/ArrayList;

    return-void
.end method

.method private constructor <init>()V
    .registers 1

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method

.method public static load(Landroid/content/Context;)V
    .registers 3

    sget-object v0, Lcom/example/jianshen/WorkoutPlans;->sPlans:Ljava/util/ArrayList;

    const-string v1, "7\u5206\u949f\u71c3\u8102"

    invoke-virtual {v0, v1}, Ljava/util/ArrayList;->add(Ljava/lang/Object;)Z

    const-string v1, "\u8179\u808c\u6495\u88c2\u8005"

    invoke-virtual {v0, v1}, Ljava/util/ArrayList;->add(Ljava/lang/Object;)Z

    const-string v1, "\u7761\u524d\u62c9\u4f38"

    invoke-virtual {v0, v1}, Ljava/util/ArrayList;->add(Ljava/lang/Object;)Z

    return-void
.end method

.method public static plans()Ljava/util/List;
    .registers 1

    sget-object v0, Lcom/example/jianshen/WorkoutPlans;->sPlans:Ljava/util/ArrayList;

    return-object v0
.end method
